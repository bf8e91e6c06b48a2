import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { argSize, AuthUser, COST, cost, CurrentUser, listCost } from '@taskforce/api-core';
import { NotificationPreferencesInput } from './dto/notification-preferences.inputs';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationDigestModel, NotificationModel, NotificationPreferencesModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(
    private readonly notificationService: NotificationService,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  @Query(() => [NotificationModel], { complexity: listCost(COST.READ, argSize('take', 50, 200)), description: 'Your notifications, newest first (take: 1–200)' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('take', { type: () => Int, defaultValue: 50 }) take: number,
  ): Promise<NotificationModel[]> {
    return this.notificationService.list(user, unreadOnly, take);
  }

  @Query(() => Int, { complexity: cost(COST.COUNT), description: 'How many of your notifications are unread' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.notificationService.unreadCount(user);
  }

  @Mutation(() => NotificationModel, { complexity: cost(COST.LIGHT_WRITE), description: 'Marks one of your notifications read; NOT_FOUND otherwise' })
  markNotificationRead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<NotificationModel> {
    return this.notificationService.markRead(user, id);
  }

  @Mutation(() => Int, { complexity: cost(COST.LIGHT_WRITE), description: 'Marks all your unread notifications read; returns how many' })
  markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<number> {
    return this.notificationService.markAllRead(user);
  }

  @Query(() => NotificationPreferencesModel, { complexity: cost(COST.READ), description: 'What you want pushed live' })
  notificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesModel> {
    return this.preferences.get(user);
  }

  @Mutation(() => NotificationPreferencesModel, { complexity: cost(COST.LIGHT_WRITE), description: 'Replaces your notification preferences' })
  updateNotificationPreferences(@CurrentUser() user: AuthUser, @Args('input') input: NotificationPreferencesInput): Promise<NotificationPreferencesModel> {
    return this.preferences.update(user, input);
  }

  @Query(() => NotificationDigestModel, { complexity: cost(COST.COUNT), description: 'What was held back (muted or quiet hours) in the last 24 hours' })
  async notificationDigest(@CurrentUser() user: AuthUser): Promise<NotificationDigestModel> {
    const until = new Date();
    const items = await this.notificationService.digest(user, until);
    return { until, count: items.length, items };
  }
}
