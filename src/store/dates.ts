export const iso = (d: Date): string => d.toISOString();

export const optDate = (s: string | null): Date | null => (s === null ? null : new Date(s));
