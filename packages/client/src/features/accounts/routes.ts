import type { RouteRecordRaw } from 'vue-router';
import { accountMessages } from './messages';
import { withMessages } from '@/i18n';

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: withMessages(() => import('./pages/SignInPage.vue'), accountMessages),
    meta: { titleKey: 'signIn.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: withMessages(() => import('./pages/RegisterPage.vue'), accountMessages),
    meta: { titleKey: 'register.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: withMessages(() => import('./pages/ForgotPasswordPage.vue'), accountMessages),
    meta: { titleKey: 'forgotPassword.title' },
  },
  {
    path: '/reset-password/:token',
    name: 'reset-password',
    component: withMessages(() => import('./pages/ResetPasswordPage.vue'), accountMessages),
    props: true,
    meta: { titleKey: 'resetPassword.title' },
  },
  {
    path: '/verify-email/:token',
    name: 'verify-email',
    component: withMessages(() => import('./pages/VerifyEmailPage.vue'), accountMessages),
    props: true,
    meta: { titleKey: 'verifyEmail.title' },
  },
  {
    path: '/account',
    name: 'account',
    component: withMessages(() => import('./pages/AccountPage.vue'), accountMessages),
    meta: { titleKey: 'account.title', requiresAuth: true },
  },
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: withMessages(() => import('./pages/InvitationPage.vue'), accountMessages),
    props: true,
    meta: { titleKey: 'invitation.title' },
  },
  {
    path: '/staff/users',
    name: 'staff-users',
    component: withMessages(() => import('./pages/StaffUsersPage.vue'), accountMessages),
    meta: { titleKey: 'staff.users.title', roles: ['ADMIN'], wide: true },
  },
];
