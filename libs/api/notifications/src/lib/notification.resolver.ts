import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@taskforce/api-core';
import { NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => [NotificationModel], { description: 'Your notifications, newest first (take: 1–200)' })
  notifications(
    @CurrentUser() user: AuthUser,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
    @Args('take', { type: () => Int, defaultValue: 50 }) take: number,
  ): Promise<NotificationModel[]> {
    return this.notificationService.list(user, unreadOnly, take);
  }

  @Query(() => Int, { description: 'How many of your notifications are unread' })
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.notificationService.unreadCount(user);
  }

  @Mutation(() => NotificationModel, { description: 'Marks one of your notifications read; NOT_FOUND otherwise' })
  markNotificationRead(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<NotificationModel> {
    return this.notificationService.markRead(user, id);
  }

  @Mutation(() => Int, { description: 'Marks all your unread notifications read; returns how many' })
  markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<number> {
    return this.notificationService.markAllRead(user);
  }
}
