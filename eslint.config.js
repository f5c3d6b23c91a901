// Lint rules made for Lit and for custom elements, on the shipped sources.
// Type-aware TypeScript checks are left to `tsc --noEmit`; this catches what
// tsc cannot: template binding mistakes, lifecycle misuse, element naming.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['src/generated/**', 'src/studio/generated/**', 'src/inbox/generated/**', 'dist/**', 'storybook-static/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // Lit's own rules, beyond the recommended set.
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/lifecycle-super': 'error',
      'lit/no-native-attributes': 'error',
      // Every element is registered through core/define.ts, which guards a second registration.
      'wc/no-constructor-attributes': 'error',
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
