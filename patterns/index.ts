/** Every built-in pattern; importing this module registers them all. */
import "./web-app/register";

export * from "./registry";
export * from "./web-app";
