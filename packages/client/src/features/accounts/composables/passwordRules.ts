// Client-side hint only; the server's rule is the one that counts (its field message is shown as is).
export const passwordMinLength = 10;
