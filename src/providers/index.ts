// The two provider profiles, and which one a URL belongs to (for errors raised before a route runs).
import { modelProfile } from '../domain/models.js';
import { createOpenAIProfile } from './openai.js';
import { createOpenRouterProfile } from './openrouter.js';
import type { ProviderProfile } from './types.js';

export const openRouterProfile: ProviderProfile = createOpenRouterProfile(modelProfile);
export const openAIProfile: ProviderProfile = createOpenAIProfile(modelProfile);
export const PROFILES: ProviderProfile[] = [openRouterProfile, openAIProfile];

/** `/api/v1/...` → OpenRouter; everything else is answered in OpenAI's envelope. */
export function profileForUrl(url: string): ProviderProfile {
  return url.startsWith(openRouterProfile.prefix) ? openRouterProfile : openAIProfile;
}
