/** A pupil's answers to the interest and talent questions, and what they weigh. */
export const ANSWERS = ['yes', 'bit', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];
/** Question id → answer. A skipped question has no entry. */
export type Answers = Readonly<Record<string, Answer>>;

export const WEIGHT: Readonly<Record<Answer, number>> = { yes: 2, bit: 1, no: 0 };

export const isAnswer = (value: unknown): value is Answer => ANSWERS.includes(value as Answer);

/** Ids that content uses: lower-case letters, digits and dashes. */
export const isId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value);
