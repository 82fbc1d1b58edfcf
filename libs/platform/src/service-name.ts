/** The service's name (Kafka client id, log and metric labels), given to PlatformModule.forRoot. */
export const SERVICE_NAME = Symbol('SERVICE_NAME');
