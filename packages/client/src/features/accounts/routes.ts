import type { RouteRecordRaw } from 'vue-router';

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./pages/SignInPage.vue'),
    meta: { titleKey: 'signIn.title' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./pages/RegisterPage.vue'),
    meta: { titleKey: 'register.title' },
  },
  {
    path: '/forgot-password',
    name: 'forgot-password',
    component: () => import('./pages/ForgotPasswordPage.vue'),
    meta: { titleKey: 'forgotPassword.title' },
  },
  {
    path: '/reset-password/:token',
    name: 'reset-password',
    component: () => import('./pages/ResetPasswordPage.vue'),
    props: true,
    meta: { titleKey: 'resetPassword.title' },
  },
  {
    path: '/verify-email/:token',
    name: 'verify-email',
    component: () => import('./pages/VerifyEmailPage.vue'),
    props: true,
    meta: { titleKey: 'verifyEmail.title' },
  },
  {
    path: '/account',
    name: 'account',
    component: () => import('./pages/AccountPage.vue'),
    meta: { titleKey: 'account.title', requiresAuth: true },
  },
  {
    path: '/invitations/:token',
    name: 'invitation',
    component: () => import('./pages/InvitationPage.vue'),
    props: true,
    meta: { titleKey: 'invitation.title' },
  },
  {
    path: '/staff/users',
    name: 'staff-users',
    component: () => import('./pages/StaffUsersPage.vue'),
    meta: { titleKey: 'staff.users.title', roles: ['ADMIN'], wide: true },
  },
];
