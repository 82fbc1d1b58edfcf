export * from './record-enquiry.usecase';
