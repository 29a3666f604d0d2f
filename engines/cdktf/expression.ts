/**
 * Live OpenTofu expressions of Stackwerk's own, and infra-layer variables, for the cdktf engine.
 * Every literal string of a stack is escaped at the engine boundary (stack-escape.ts), so a
 * `${...}` written as plain text reaches OpenTofu as text; an expression that must be evaluated
 * (a variable validation, a conditional) is a cdktf token made here, which the escaping leaves
 * alone. User text never goes through this. Targets reach it through `InfraLayer.expression`,
 * `listExpression` and `variable` (core/layers.ts), never by importing cdktf.
 */
import { TerraformStack, TerraformVariable, Token, type IResolvable, type IResolveContext } from "./cdk";
import type { InfraVariableOptions } from "../../core/layers";

/** A token that resolves to `${<expression>}`. */
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

/**
 * A token that resolves to `${<expression>}`, or to the bare expression inside another
 * expression (a list handed to `Fn.concat`), as cdktf's own function calls do.
 */
class InlineExpression implements IResolvable {
  readonly creationStack: string[] = [];
  constructor(private readonly expression: string) {}
  resolve(context: IResolveContext): string {
    return context.suppressBraces ? this.expression : `\${${this.expression}}`;
  }
  toString(): string {
    return Token.asString(this);
  }
}

/** A live OpenTofu expression whose value is a list of strings (inlined where it is an argument of another expression). */
export function tfListExpression(expression: string): string[] {
  return Token.asList(new InlineExpression(expression));
}

/** The string variable `name` of `stack` (made on first use), as its value expression. */
export function stackVariable(stack: TerraformStack, name: string, options: InfraVariableOptions): string {
  const existing = stack.node.tryFindChild(name) as TerraformVariable | undefined;
  return (
    existing ??
    new TerraformVariable(stack, name, {
      type: "string",
      description: options.description,
      ...(options.default !== undefined ? { default: options.default } : {}),
      ...(options.validation ? { validation: options.validation.map((v) => ({ condition: v.condition, errorMessage: v.errorMessage })) } : {}),
    })
  ).stringValue;
}
