/**
 * Live OpenTofu expressions of our own. Every literal string of a stack is escaped at the engine
 * boundary (engines/cdktf/stack-escape.ts), so a `${...}` written as plain text reaches OpenTofu
 * as text; an expression that must be evaluated (a variable validation, a conditional) is a cdktf
 * token made here, which the escaping leaves alone. User text never goes through this function.
 */
import { Token, type IResolvable } from "cdktf";

/** A token resolving to `${expression}`. */
class Expression implements IResolvable {
  readonly creationStack: string[] = [];
  constructor(private readonly expression: string) {}
  resolve(): string {
    return `\${${this.expression}}`;
  }
  toString(): string {
    return Token.asString(this);
  }
}

/** A live OpenTofu expression, e.g. `tfExpression('var.x != "" ? var.x : null')` (written without the `${ }`). */
export function tfExpression(expression: string): string {
  return Token.asString(new Expression(expression));
}
