import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Transaction, type RequestContext } from '@kenes/api/core';
import { toPopulationReference } from './composition.mappers';
import { PopulationReference } from './population.models';
import { PopulationReferencesArgs, SetPopulationReferenceInput } from './population.inputs';
import { PopulationReferenceService } from './population-reference.service';

@Resolver(() => PopulationReference)
export class PopulationAdminResolver {
  constructor(private readonly population: PopulationReferenceService) {}

  @Query(() => [PopulationReference], { description: 'The population figures entered for a jurisdiction, newest first.' })
  @Allow('registry.read')
  async populationReferences(@Ctx() ctx: RequestContext, @Args() args: PopulationReferencesArgs): Promise<PopulationReference[]> {
    return (await this.population.versions(ctx, args.jurisdictionId)).map(toPopulationReference);
  }

  @Mutation(() => PopulationReference, {
    description: 'Enters the adult population by age band and gender as of a date (authorized body or platform admin).',
  })
  @Allow('population.manage')
  @Transaction()
  async setPopulationReference(@Ctx() ctx: RequestContext, @Args('input') input: SetPopulationReferenceInput): Promise<PopulationReference> {
    return toPopulationReference(await this.population.set(ctx, input));
  }
}
