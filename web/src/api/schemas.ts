/**
 * Names for the generated OpenAPI types used by the app. The services' documents describe every decimal as it
 * travels, a string of format `decimal` ("1250.50", the conventions' money format), so the generated types carry
 * money as `string` too. Pages written before the documents said so still type their money responses by hand.
 */
import type { components as Auth } from './types/auth-service';
import type { components as Emi } from './types/emi-service';

export type UserView = Required<Auth['schemas']['UserView']>;
export type TenantView = Required<Auth['schemas']['TenantView']>;
export type TokenPairView = Auth['schemas']['TokenPair'];
export type RegisterRequest = Auth['schemas']['RegisterRequest'];
export type LoginRequest = Auth['schemas']['LoginRequest'];
export type LoanStrategy = NonNullable<Emi['schemas']['WhatIf']['strategy']>;
