/**
 * Regenerates utils/context/data/countries.json and country-names.json from the installed `world-countries` package (ODbL-1.0).
 * Run: npx tsx tests/tools/build-countries.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import countries from 'world-countries';
import { compactCountries, countryNamesAbroad } from '../../utils/context/data/compact-countries';

const out = path.resolve(import.meta.dirname, '../../utils/context/data/countries.json');
const compact = compactCountries(countries);
writeFileSync(out, `${JSON.stringify(compact, null, 0).replace(/\},\{/g, '},\n{')}\n`);
console.log(`wrote ${compact.length} countries to ${path.relative(process.cwd(), out)}`);

const namesOut = path.resolve(import.meta.dirname, '../../utils/context/data/country-names.json');
const names = countryNamesAbroad(countries);
writeFileSync(namesOut, `${JSON.stringify(names, null, 0).replace(/\],"/g, '],\n"')}\n`);
console.log(
  `wrote names in other languages for ${Object.keys(names).length} countries to ${path.relative(process.cwd(), namesOut)}`,
);
