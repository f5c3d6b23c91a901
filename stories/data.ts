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

/** A pack with sign-up trajectories for the stories. Receivers point at the dev receiver. */
export const signupPack = {
  version: 1,
  publisher: { name: { en: 'Story city', nl: 'Verhaalstad' } },
  defaultLanguage: 'en',
  trajectories: [
    {
      id: 'coaching',
      title: { en: 'Internship coaching', nl: 'Stagecoaching' },
      summary: { en: 'A coach helps you through your internship.', nl: 'Een coach helpt je door je stage.' },
      audience: ['young-person'],
      fields: [
        { name: 'firstName', type: 'text', label: { en: 'Your first name', nl: 'Je voornaam', ar: 'اسمك الأول' }, required: true },
        { name: 'email', type: 'email', label: { en: 'E-mail address', nl: 'E-mailadres', ar: 'البريد الإلكتروني' }, required: true },
        { name: 'consent', type: 'consent', label: { en: 'I agree that a coach contacts me.', nl: 'Ik ga akkoord dat een coach me contacteert.' }, required: true },
      ],
      privacy: { en: 'Only your coach reads this.', nl: 'Alleen je coach leest dit.' },
      next: { en: 'A coach calls you within a week.', nl: 'Een coach belt je binnen een week.' },
      receiver: { type: 'https', url: '/api/signups' },
    },
    {
      id: 'evening',
      title: { en: 'Information evening', nl: 'Infoavond' },
      summary: { en: 'Choosing a study path, explained.', nl: 'Een studierichting kiezen, uitgelegd.' },
      audience: ['parent'],
      fields: [{ name: 'email', type: 'email', label: { en: 'E-mail address', nl: 'E-mailadres' }, required: true }],
      sessions: [
        { id: 'full', start: '2099-02-03T19:00:00+01:00', place: { en: 'Library' }, capacity: 10, taken: 10 },
        { id: 'open', start: '2099-03-03T19:00:00+01:00', place: { en: 'Town hall' }, capacity: 10, taken: 2 },
      ],
      privacy: { en: 'Used only for this evening.' },
      next: { en: 'You get a reminder the day before.' },
      receiver: { type: 'https', url: '/api/signups' },
    },
    {
      id: 'closed',
      title: { en: 'Last year’s round' },
      summary: { en: 'This round is over.' },
      audience: ['school'],
      fields: [{ name: 'school', type: 'text', label: { en: 'School' } }],
      deadline: '2020-01-01T00:00:00+01:00',
      privacy: { en: 'Only the team reads this.' },
      next: { en: 'We call you.' },
      contact: { email: 'team@example.org' },
      receiver: { type: 'mailto', address: 'team@example.org' },
    },
  ],
};

/** A small study system for the explorer's stories. */
export const explorerPack = {
  version: 1,
  publisher: { name: { en: 'Story city', nl: 'Verhaalstad' } },
  defaultLanguage: 'en',
  studySystems: [
    {
      id: 'storyland',
      name: { en: 'Secondary school in Storyland', nl: 'Secundair onderwijs in Verhaalland' },
      guide: [{ en: 'Pupils choose a domain and a track.', nl: 'Leerlingen kiezen een domein en een finaliteit.' }],
      levels: [
        { id: 'g2', name: { en: '2nd grade', nl: '2de graad' } },
        { id: 'g3', name: { en: '3rd grade', nl: '3de graad' } },
      ],
      tracks: [
        { id: 'd', name: { en: 'Towards higher education', nl: 'Doorstroom' } },
        { id: 'a', name: { en: 'Towards a job', nl: 'Arbeidsmarkt' } },
      ],
      domains: [
        { id: 'stem', name: { en: 'STEM' } },
        { id: 'care', name: { en: 'Society and care', nl: 'Maatschappij en welzijn' } },
      ],
      options: [
        {
          id: 'sciences',
          name: { en: 'Natural sciences', nl: 'Natuurwetenschappen', ar: 'العلوم الطبيعية' },
          learn: { en: 'Biology, chemistry and physics.', nl: 'Biologie, chemie en fysica.' },
          domain: 'stem',
          track: 'd',
          levels: ['g2', 'g3'],
          schools: [{ name: 'Story school', place: 'Storyville' }],
          tags: ['science'],
        },
        {
          id: 'electrical',
          name: { en: 'Electrical installations', nl: 'Elektrische installaties' },
          learn: { en: 'Wiring homes safely.', nl: 'Huizen veilig bekabelen.' },
          domain: 'stem',
          track: 'a',
          levels: ['g2'],
          tags: ['hands'],
        },
        {
          id: 'care',
          name: { en: 'Care', nl: 'Verzorging' },
          learn: { en: 'Looking after people.', nl: 'Voor mensen zorgen.' },
          domain: 'care',
          track: 'a',
          levels: ['g2', 'g3'],
          tags: ['people'],
        },
      ],
      questions: [
        { id: 'help', text: { en: 'Do you like helping people?' }, interest: { en: 'helping people' }, tags: ['people'] },
        { id: 'build', text: { en: 'Do you like building things?' }, interest: { en: 'building things' }, tags: ['hands'] },
      ],
      askSchool: [{ en: 'How many hours of practice are there?' }],
    },
  ],
};

/** Practices for the stories: two languages each, with gaps that show the fallback. */
export const practicePack = {
  version: 1,
  publisher: { name: { en: 'Story region', nl: 'Verhaalregio' } },
  defaultLanguage: 'en',
  practices: [
    {
      id: 'mentor-week',
      title: { en: 'A mentor for every new pupil', nl: 'Een mentor voor elke nieuwe leerling', ar: 'مرشد لكل تلميذ جديد' },
      summary: { en: 'Older pupils welcome new ones during their first weeks.', nl: 'Oudere leerlingen vangen nieuwe op in hun eerste weken.', ar: 'يستقبل التلاميذ الأكبر سنًا التلاميذ الجدد في أسابيعهم الأولى.' },
      sections: {
        activities: { en: 'Each new pupil gets an older pupil to ask anything.', nl: 'Elke nieuwe leerling krijgt een oudere leerling om alles aan te vragen.' },
        results: { en: 'Fewer pupils felt lost in their first term.' },
      },
      type: 'practice',
      country: 'BE',
      schoolLevels: ['lower-secondary'],
      interventionLevels: ['universal'],
      intensity: 'recurring',
      funding: ['local'],
      classification: ['prevention'],
      links: [{ url: 'https://example.org/mentor', label: { en: 'About the mentors', nl: 'Over de mentoren' } }],
    },
    {
      id: 'second-chance',
      title: { en: 'A second chance school', sv: 'En skola för en andra chans' },
      summary: { en: 'Young people who left school learn a trade in small groups.', sv: 'Unga som lämnat skolan lär sig ett yrke i små grupper.' },
      type: 'project',
      country: 'ES',
      schoolLevels: ['upper-secondary'],
      interventionLevels: ['individual'],
      intensity: 'continuous',
      funding: ['eu', 'regional'],
      classification: ['compensation'],
      machineTranslated: ['sv'],
    },
  ],
};
