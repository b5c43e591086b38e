import { bootstrapApplication } from '@angular/platform-browser';
import { AdminAppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

bootstrapApplication(AdminAppComponent, appConfig).catch((err: unknown) => console.error(err));
