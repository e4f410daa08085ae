import { type ScenarioProblem, TwinError } from "@twin-chat/api-types";

/**
 * A scenario file that cannot be read or breaks `scenario.schema.json`; a {@link TwinError} with code
 * `invalid-scenario`. The message names each field and the rule it breaks.
 */
export class ScenarioError extends TwinError<"invalid-scenario"> {
  override name = "ScenarioError";

  /**
   * @param source - The file or bundled name.
   * @param problems - What is wrong, one entry per field.
   */
  constructor(
    readonly source: string,
    readonly problems: ScenarioProblem[],
  ) {
    super(
      "invalid-scenario",
      `scenario ${source} is invalid: ${problems.map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`,
    );
  }
}
