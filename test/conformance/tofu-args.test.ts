import { changeArgs } from "../../deploy/tofu";

describe("tofu apply/destroy options", () => {
  it("adds nothing by default, so OpenTofu's defaults apply", () => {
    expect(changeArgs({})).toEqual([]);
  });

  it("passes parallelism and turns refresh off only when asked", () => {
    expect(changeArgs({ parallelism: 32, refresh: false })).toEqual(["-parallelism=32", "-refresh=false"]);
    expect(changeArgs({ refresh: true })).toEqual([]);
  });

  it.each([0, -1, 2.5])("refuses parallelism %p", (parallelism) => {
    expect(() => changeArgs({ parallelism })).toThrow(/parallelism must be a whole number ≥ 1/);
  });
});
