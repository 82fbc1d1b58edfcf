export * from './ask-placing-authority.command';
export * from './ask-placing-authority.dto';
export * from './ask-placing-authority.usecase';
