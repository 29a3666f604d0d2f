/** Every built-in pattern; importing this module registers them all. */
import "./web-app/register";
import "./ai/register";
import "./iam/register";
import "./event-bus/register";
import "./monitoring/register";

export * from "./registry";
export * from "./web-app";
export * from "./iam";
export * from "./event-bus";
export * from "./ai";
export * from "./monitoring";
