// The resident app renders in the browser from data on the device, so it opens offline.
export const ssr = false;
