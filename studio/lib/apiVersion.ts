/** The GROQ API version every client call in the Studio uses. */
export const API_VERSION = '2025-01-01';
