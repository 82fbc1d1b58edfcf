export { AlertingKinds, ChannelTypes, Roles, escalates, nextRole, routeEvent } from './route-event';
export type { AlertingKind, Channel, ChannelType, Role, RoutableEvent, RoutedAlert, SubscriptionRule } from './route-event';
