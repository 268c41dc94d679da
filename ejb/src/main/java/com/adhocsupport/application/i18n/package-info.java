/** Localized texts outside JSF: e-mails, the deployment link page, error pages. */
package com.adhocsupport.application.i18n;
