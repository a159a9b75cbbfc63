/**
 * Function words of the languages Sidelight's readers most often read news in besides English (whose stop
 * words the matcher already drops). A query made of "die", "dans" or "della" finds everything and nothing, so
 * query building skips them. Written for Sidelight; lowercase.
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `der die das den dem des ein eine einen einem einer eines und oder aber mit von vom zu zum zur auf aus bei
  nach über unter vor für gegen ohne durch ist sind war wird werden hat haben nicht auch sich im am als wie
  le la les un une des du de et ou mais avec pour par sur sous dans sans chez est sont été au aux ce cette ces
  qui que pas plus tôt se sa son ses leur leurs en
  el los las una unos unas del al y o pero con por para sin sobre entre es son fue han lo su sus como más
  il lo gli uno della dei delle degli nel nella con per tra fra è sono non che
  os um uma uns umas do da dos das no na nos nas em por com para sem é são foi não mais
  het een van en op te voor met aan uit bij naar niet ook zijn`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
