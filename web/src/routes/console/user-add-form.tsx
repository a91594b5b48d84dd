import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { ChangeForm } from './change-form.js';
import { STAFF_ROLES, type StaffRole } from './staff-roles.js';

export interface EnrolmentLink {
  email: string;
  url: string;
  expiresAt: string;
}

/**
 * Adds a staff account: e-mail address and role. The server answers the enrolment link once;
 * `onAdded` shows it. The server's objections (an address taken, a bad address) appear beside
 * the fields.
 */
export function UserAddForm({ onAdded }: { onAdded: (link: EnrolmentLink) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="user-add">
      <h2 id="user-add">{t('console.users.addHeading')}</h2>
      <p>{t('console.users.addLead')}</p>
      <ChangeForm
        id="user-add-form"
        submitLabel={t('console.users.add')}
        fields={[
          {
            name: 'email',
            label: t('console.users.field.email'),
            required: true,
            input: { type: 'email', maxLength: 254 },
          },
          {
            name: 'role',
            label: t('console.users.field.role'),
            required: true,
            input: {
              type: 'select',
              options: [
                ['', t('console.users.chooseRole')],
                ...STAFF_ROLES.map((r) => [r, t(`console.roles.${r}`)] as const),
              ],
            },
          },
        ]}
        send={(values) =>
          api.POST('/api/v1/staff/users', {
            // An unknown role is the server's to refuse, beside the field.
            body: { email: values.email?.trim() ?? '', role: (values.role ?? '') as StaffRole },
          })
        }
        onDone={(created) => {
          if (created !== undefined) onAdded({ email: created.user.email, ...created.enrolment });
        }}
      />
    </section>
  );
}
