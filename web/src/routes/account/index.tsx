import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/not-found.js';
import { MyReports } from './my-reports.js';
import { AccountHome } from './overview.js';
import { Register } from './register.js';
import { Tokens } from './tokens.js';
import { Verify } from './verify.js';
import './account.css';

/** The researcher account pages, mounted at `account/*`. */
export function Account() {
  return (
    <Routes>
      <Route index element={<AccountHome />} />
      <Route path="register" element={<Register />} />
      <Route path="verify" element={<Verify />} />
      <Route path="reports" element={<MyReports />} />
      <Route path="tokens" element={<Tokens />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
