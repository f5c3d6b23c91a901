/** A small content pack for the stories, written in code so stories need no server. */
export const storyPack = {
  version: 1,
  publisher: { name: { en: 'Story city', nl: 'Verhaalstad' } },
  defaultLanguage: 'en',
  testimonials: [
    {
      id: 'yasmin',
      name: 'Yasmin',
      age: 16,
      school: { en: 'Internship support', nl: 'Stagebegeleiding', ar: 'دعم التدريب' },
      quote: {
        en: 'Someone finally asked me what I wanted to learn.',
        nl: 'Eindelijk vroeg iemand wat ik wilde leren.',
        ar: 'أخيرًا سألني أحدهم عمّا أريد أن أتعلمه.',
      },
      tags: ['internship'],
      consent: { until: '2099-01-01' },
    },
    {
      id: 'milan',
      name: 'Milan',
      pseudonym: true,
      age: 17,
      quote: { en: 'I almost stopped. Now I am in my final year.', nl: 'Ik stopte bijna. Nu zit ik in mijn laatste jaar.' },
      video: {
        title: { en: 'Milan about his last year', nl: 'Milan over zijn laatste jaar' },
        embed: 'https://video.example.org/embed/milan',
        transcript: { en: 'I missed a lot of school in my third year. My coach called me every week.' },
      },
      tags: ['coaching'],
      consent: { until: '2099-01-01' },
    },
    {
      id: 'saga',
      name: 'Saga',
      age: 18,
      quote: { sv: 'Jag fick en ny chans och tog den.', en: 'I got a new chance and took it.' },
      tags: ['second-chance'],
      consent: { until: '2099-01-01' },
    },
  ],
};
