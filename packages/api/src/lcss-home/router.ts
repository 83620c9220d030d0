import { lcssHomeSchema } from "@hearth/domain";
import { z } from "zod";
import { createTRPCRouter, roleProcedure } from "../trpc";
import { readLcssHome } from "./read-lcss-home";

/** The LCSS portal's home page figures (issue 11): counts only, for the caller's area or the county. */
export const lcssHomeRouter = createTRPCRouter({
  figures: roleProcedure("lcssHome.read")
    .input(z.object({}).default({}))
    .output(lcssHomeSchema)
    .query(({ ctx }) => readLcssHome(ctx)),
});
