import { InitialEducation1765200000000 } from './1765200000000-initial-education';
import { ChildErasures1765300000000 } from './1765300000000-child-erasures';

export const educationMigrations = [InitialEducation1765200000000, ChildErasures1765300000000];
