/**
 * Names for the generated OpenAPI types used by the app. Caveat: the services' documents declare BigDecimal fields as
 * `type: number` while the wire carries decimal strings ("1250.50", the conventions' money format), so money-bearing
 * responses are typed by hand in the pages (amounts as `string`) and the generated types are used where no
 * decimal is involved; fixing the documents (springdoc: BigDecimal as string) would let every page use them.
 */
import type { components as Auth } from './types/auth-service';
import type { components as Emi } from './types/emi-service';

export type UserView = Required<Auth['schemas']['UserView']>;
export type TenantView = Required<Auth['schemas']['TenantView']>;
export type TokenPairView = Auth['schemas']['TokenPair'];
export type RegisterRequest = Auth['schemas']['RegisterRequest'];
export type LoginRequest = Auth['schemas']['LoginRequest'];
export type LoanStrategy = NonNullable<Emi['schemas']['WhatIf']['strategy']>;
