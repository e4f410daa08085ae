// @vitest-environment jsdom
import { testRecipe } from "./recipe.js";

testRecipe();
