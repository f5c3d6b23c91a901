/**
 * Plurals by the visitor's language rules (`Intl.PluralRules`), not by
 * English ones: Polish, Ukrainian or Arabic have forms English lacks. Give
 * every form as its own `msg()` so translators can fill in each category
 * their language uses; unused categories fall back to `other`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function plural(locale: string, count: number, forms: PluralForms): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
