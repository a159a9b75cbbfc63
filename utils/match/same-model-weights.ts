/**
 * Fitted weights of the same-story model (same-model.ts), written by `npm run train:same -- --set
 * ../shared/eval/ecbplus-dev --write` (tests/eval/train-same.ts): retrain rather than edit. Logistic
 * regressions with an L2 penalty of 1 on standardised inputs; thresholds chosen on leave-one-topic-out
 * probabilities.
 */
import type { SameModel } from './same-model';

/** Version 2. */
export const SAME_MODEL: SameModel = {
  version: 2,
  establishFrom: 1,
  establish: {
    inputs: [
      'own',
      'storyCoverage',
      'queryNames',
      'storyNames',
      'storyNamesMissing',
      'focalNames',
      'titleNamesMissing',
      'titleSimilarity',
      'numbersAgree',
      'numbersConflict',
      'sharedNames',
      'sharedTerms',
      'eventEvidence',
      'namesBothWays',
      'headlineCoverage',
      'weekdays',
      'rareShared',
    ],
    mean: [
      0.554208, 0.575397, 0.549972, 0.784834, 0.015825, 0.701916, 0.120333, 0.32388, 0.493595, 0.113791, 0.614356,
      0.787396, 1.401468, 0.437343, 0.479489, 0.159759, 0.089927,
    ],
    scale: [
      0.16599, 0.182679, 0.249842, 0.2431, 0.124799, 0.36657, 0.23395, 0.238072, 0.431603, 0.247547, 0.270308, 0.264915,
      0.356508, 0.24575, 0.255207, 0.577218, 0.204492,
    ],
    weights: [
      1.755132, -0.088881, 0.262014, -0.142615, 0.644063, -0.073672, -0.318641, 0.030296, 0.308951, -0.077122,
      -0.048225, -0.130561, -0.026972, 0.161223, 0.223738, 0.418435, 0.620164,
    ],
    bias: 1.961,
    threshold: 0.85,
  },
  join: {
    inputs: [
      'ownToAnchor',
      'relativeToBest',
      'aboveCrowd',
      'coherence',
      'anchorSimilarity',
      'storyCoverage',
      'queryNames',
      'storyNames',
      'storyNamesMissing',
      'titleNamesMissing',
      'titleSimilarity',
      'numbersAgree',
      'numbersConflict',
      'sharedNames',
      'eventEvidence',
      'namesBothWays',
    ],
    mean: [
      0.590706, 0.741796, 0.47033, 0.290684, 0.272404, 0.442273, 0.412901, 0.630904, 0.020752, 0.202614, 0.220917,
      0.255571, 0.205071, 0.530541, 1.071767, 0.266993,
    ],
    scale: [
      0.205144, 0.173912, 0.339132, 0.130792, 0.141177, 0.161636, 0.224837, 0.277712, 0.142554, 0.288126, 0.189502,
      0.359335, 0.318952, 0.255073, 0.330985, 0.197412,
    ],
    weights: [
      -1.868917, 2.688014, -0.197515, -0.78315, 1.339789, -0.557316, 0.278788, -0.067198, 0.23639, -0.038055, 0.044468,
      1.275747, -0.489693, -0.276468, 1.461081, -0.086798,
    ],
    bias: 0.509194,
    threshold: 0.6,
  },
};
