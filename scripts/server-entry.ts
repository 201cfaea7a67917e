/** Where `npm run build` writes the production server and `npm start` runs it from (decision 089). */
export const SERVER_ENTRY = "build/start.js";
