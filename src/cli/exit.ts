// Exit codes: 0 everything succeeded, 3 finished but some inputs failed,
// 2 usage error, 1 anything fatal, 130 interrupted.
export const EXIT = { ok: 0, fatal: 1, usage: 2, partial: 3, interrupted: 130 } as const;

export class UsageError extends Error {}

export class InputError extends Error {}
