/**
 * Regenerates utils/context/data/countries.json from the installed `world-countries` package (ODbL-1.0).
 * Run: npx tsx tests/tools/build-countries.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';
import { compactCountries } from '../../utils/context/data/compact-countries';

const out = path.resolve(import.meta.dirname, '../../utils/context/data/countries.json');
const compact = compactCountries(countries);
writeFileSync(out, `${JSON.stringify(compact, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`wrote ${compact.length} countries to ${path.relative(process.cwd(), out)}`);
