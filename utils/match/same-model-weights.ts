/**
 * Fitted weights of the same-story model (same-model.ts), written by `npm run train:same -- --set
 * ../shared/eval/ecbplus-dev --write` (tests/eval/train-same.ts): retrain rather than edit. Logistic
 * regressions with an L2 penalty of 1 on standardised inputs; thresholds chosen on leave-one-topic-out
 * probabilities.
 */
import type { SameModel } from './same-model';

/** Version 1. */
export const SAME_MODEL: SameModel = {
  version: 1,
  establish: {
    inputs: ['own', 'storyCoverage', 'queryNames', 'storyNames', 'storyNamesMissing', 'focalNames', 'titleNamesMissing', 'titleSimilarity', 'numbersAgree', 'numbersConflict', 'sharedNames', 'sharedTerms', 'eventEvidence', 'namesBothWays'],
    mean: [0.554208, 0.575397, 0.549972, 0.784834, 0.015825, 0.673046, 0.120333, 0.32388, 0.493595, 0.113791, 0.614356, 0.787396, 1.401468, 0.437343],
    scale: [0.16599, 0.182679, 0.249842, 0.2431, 0.124799, 0.396043, 0.23395, 0.238072, 0.431603, 0.247547, 0.270308, 0.264915, 0.356508, 0.24575],
    weights: [2.159686, -0.157455, 0.03957, -0.166097, 0.658643, 0.289268, -0.311814, 0.099702, 0.006332, -0.020362, -0.051884, 0.003424, -0.122854, 0.025045],
    bias: 1.814292,
    threshold: 0.8,
  },
  join: {
    inputs: ['ownToAnchor', 'relativeToBest', 'aboveCrowd', 'coherence', 'anchorSimilarity', 'storyCoverage', 'queryNames', 'storyNames', 'storyNamesMissing', 'focalNames', 'titleNamesMissing', 'titleSimilarity', 'numbersAgree', 'numbersConflict', 'sharedNames', 'eventEvidence', 'namesBothWays'],
    mean: [0.590706, 0.741796, 0.47033, 0.290684, 0.272404, 0.442273, 0.412901, 0.630904, 0.020752, 0.510198, 0.202614, 0.220917, 0.255571, 0.205071, 0.530541, 1.071767, 0.266993],
    scale: [0.205144, 0.173912, 0.339132, 0.130792, 0.141177, 0.161636, 0.224837, 0.277712, 0.142554, 0.42167, 0.288126, 0.189502, 0.359335, 0.318952, 0.255073, 0.330985, 0.197412],
    weights: [-1.856616, 2.685477, -0.205381, -0.774094, 1.347097, -0.569727, 0.20333, -0.073008, 0.237473, 0.105061, -0.033669, 0.020951, 1.269956, -0.488315, -0.264022, 1.473312, -0.096448],
    bias: 0.506511,
    threshold: 0.7,
  },
};
