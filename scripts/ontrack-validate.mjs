#!/usr/bin/env node
// Checks content packs for a content editor, in plain language, by the id
// and field of each problem:   npx ontrack-validate content.json [more.json | URL …]
// Exit code 0: valid, 1: errors, 2: wrong usage (see --help).
// From the installed package this runs dist/ontrack-validate.mjs, which has no
// dependencies; in a checkout without a build it bundles the sources first.
import { loadValidator } from './validator-bundle.mjs';

const { main } = await loadValidator();
await main(process.argv.slice(2));
