// @vitest-environment happy-dom
import { testRecipe } from "./recipe.js";

testRecipe();
