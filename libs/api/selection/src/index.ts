export * from './lib/selection.entities';
export * from './lib/selection.models';
export * from './lib/selection.inputs';
export * from './lib/selection.service';
export * from './lib/reserve.service';
export * from './lib/selection.module';
