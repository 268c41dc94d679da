/** Localized texts outside JSF: e-mails, the deployment link page, error pages. */
package com.adhocsupport.infrastructure.i18n;
