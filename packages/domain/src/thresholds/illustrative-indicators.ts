import type { ThresholdIndicator } from "./indicator-catalogue";
import { childDevelopmentIndicators } from "./illustrative-indicators/child-development";
import { familyEnvironmentIndicators } from "./illustrative-indicators/family-environment";
import { parentingCapacityIndicators } from "./illustrative-indicators/parenting-capacity";

/**
 * An illustrative catalogue, written for Hearth in our own words, to seed a new installation and
 * to test against. It is not any partnership's published threshold document: each council
 * replaces it with its own through the admin screens. One file per Assessment Framework domain,
 * in the framework's order.
 */
export const illustrativeIndicatorCatalogue: readonly ThresholdIndicator[] = [
  ...childDevelopmentIndicators,
  ...parentingCapacityIndicators,
  ...familyEnvironmentIndicators,
];
