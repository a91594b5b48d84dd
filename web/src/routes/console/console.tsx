import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found.js';
import { Audit } from './audit.js';
import { Enrolment } from './enrolment.js';
import { Products } from './products.js';
import { Queue } from './queue.js';
import { ReportPage } from './report-page.js';
import { StaffSignIn } from './staff-sign-in.js';
import { Users } from './users.js';
import '../account/account.css';
import './console.css';

/** The staff console, mounted at `console/*` as its own chunk, out of the public pages' bundle. */
export function Console() {
  return (
    <Routes>
      <Route index element={<Queue />} />
      <Route path="enrol" element={<Enrolment />} />
      <Route path="sign-in" element={<StaffSignIn />} />
      <Route path="reports/:id" element={<ReportPage />} />
      <Route path="products" element={<Products />} />
      <Route path="users" element={<Users />} />
      <Route path="audit" element={<Audit />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
