/**
 * The event-bus topology model, kept here for compatibility: it lives in
 * core/event-bus/topology (the messageBroker capability in core needs its types, and core
 * imports no pattern). Import from either place; both are the same module.
 */
export * from "../../../core/event-bus/topology";
