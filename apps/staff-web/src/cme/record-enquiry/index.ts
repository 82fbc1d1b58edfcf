export * from './enquiry-form';
export * from './record-enquiry.usecase';
