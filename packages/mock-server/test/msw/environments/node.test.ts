// @vitest-environment node
import { testRecipe } from "./recipe.js";

testRecipe();
