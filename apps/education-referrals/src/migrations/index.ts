import { InitialEducation1765200000000 } from './1765200000000-initial-education';

export const educationMigrations = [InitialEducation1765200000000];
