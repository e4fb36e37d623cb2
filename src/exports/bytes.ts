/** Binary endpoint bodies: a copy typed as Uint8Array<ArrayBuffer>, which Response accepts. */
export const bytes = (data: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(data);
